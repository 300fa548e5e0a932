package io.sarikata.jobs;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** One way to get a session: the cluster's when spark-submit set a master, embedded local Spark otherwise. */
public final class SparkSessions {

    private SparkSessions() {
    }

    public static SparkSession getOrCreate(String appName) {
        SparkConf conf = new SparkConf().setAppName(appName);
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
            conf.set("spark.ui.enabled", "false");
            conf.set("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors() * 2)));
        }
        conf.setIfMissing("spark.sql.parquet.compression.codec", "zstd");
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
