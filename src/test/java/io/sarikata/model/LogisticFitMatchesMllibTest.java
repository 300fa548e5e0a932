package io.sarikata.model;

import io.sarikata.spark.TestSpark;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The layers used to be fitted by MLlib: {@link LogisticFit} must land on the same weights. */
class LogisticFitMatchesMllibTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = TestSpark.start();
    }

    @AfterAll
    static void stop() {
        TestSpark.stop(spark);
    }

    /** Features of the kinds blocks have: counts on a log scale, shares, flags, a constant; noisy labels. */
    private static LayerRows blockLikeRows(int n, long seed) {
        Random random = new Random(seed);
        LayerRows rows = new LayerRows(6, n);
        for (int i = 0; i < n; i++) {
            double logWords = Math.log1p(random.nextInt(120));
            double share = random.nextDouble();
            double flag = random.nextDouble() < 0.3 ? 1 : 0;
            double rareFlag = random.nextDouble() < 0.01 ? 1 : 0;
            double repeat = random.nextDouble() < 0.4 ? random.nextDouble() : 0;
            double logit = -3 + 1.2 * logWords + 2 * share - 1.5 * flag + 0.8 * rareFlag - 4 * repeat;
            boolean body = random.nextDouble() < LinearLayer.sigmoid(logit);
            rows.add(new double[]{logWords, share, flag, rareFlag, repeat, 1}, body, body ? 1.3 : 0.8);
        }
        return rows;
    }

    @Test
    void landsOnMllibsWeights() {
        LayerRows rows = blockLikeRows(20_000, 11);
        List<String> names = List.of("log_words", "share", "flag", "rare_flag", "repeat", "constant");
        for (double regularisation : new double[]{1e-3, 0.1}) {
            LinearLayer ours = LogisticFit.fit(rows, names, regularisation).layer();
            LogisticRegressionModel mllib = mllib(rows, regularisation);
            double[] theirs = mllib.coefficients().toArray();
            for (int j = 0; j < names.size(); j++) {
                assertEquals(theirs[j], ours.weights()[j], 2e-3 * Math.max(1, Math.abs(theirs[j])),
                        names.get(j) + " at regularisation " + regularisation + ": ours " + Arrays.toString(ours.weights())
                                + ", MLlib's " + Arrays.toString(theirs));
            }
            assertEquals(mllib.intercept(), ours.intercept(), 5e-3 * Math.max(1, Math.abs(mllib.intercept())));
        }
    }

    private static LogisticRegressionModel mllib(LayerRows rows, double regularisation) {
        List<Row> data = new ArrayList<>(rows.size());
        int d = rows.width();
        for (int i = 0; i < rows.size(); i++) {
            double[] features = Arrays.copyOfRange(rows.features(), i * d, (i + 1) * d);
            data.add(RowFactory.create(rows.labels()[i], rows.weights()[i], Vectors.dense(features)));
        }
        StructType schema = new StructType()
                .add("label", DataTypes.DoubleType, false)
                .add("weight", DataTypes.DoubleType, false)
                .add("features", SQLDataTypes.VectorType(), false);
        return new LogisticRegression()
                .setMaxIter(200)
                .setRegParam(regularisation)
                .setElasticNetParam(0.0)
                .setStandardization(true)
                .setWeightCol("weight")
                .fit(spark.createDataFrame(data, schema).coalesce(2));
    }
}
