package io.sarikata.corpus;

import java.util.List;
import java.util.Map;

/** The {@code README.md} written into each snapshot: what it holds, from what, how to read it, and its caveats. */
public final class DatasetCard {

    private DatasetCard() {
    }

    public static String render(CorpusSummary s) {
        StringBuilder md = new StringBuilder();
        md.append("# Sarikata corpus snapshot ").append(s.runId()).append("\n\n");
        md.append("Built ").append(s.builtAt()).append(" by Sarikata from ").append(s.inputs().size())
                .append(" input path(s): ").append(String.join(", ", s.inputs().stream().map(i -> "`" + i + "`").toList()))
                .append(". Every page became one row of `documents/` (its body text, the blocks a model labelled body) or of"
                        + " `rejects/` (with the reason); `blocks/` holds every block with its label and score.\n\n");
        md.append("Model: `").append(s.modelId()).append("` (").append(s.modelSource())
                .append("); `model.json` is the model itself. `_run.json` records the build step by step, `report.html`"
                        + " shows the numbers below as plots.\n\n");
        md.append("## In numbers\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| input pages | ").append(s.inputPages()).append(" |\n");
        md.append("| documents | ").append(s.documents()).append(" (").append(s.emptyBodies()).append(" with an empty body) |\n");
        md.append("| rejects | ").append(s.rejects()).append(' ').append(s.rejectsByReason().isEmpty() ? "" : s.rejectsByReason())
                .append(" |\n");
        md.append("| blocks | ").append(s.blocksByLabel()).append(" |\n");
        md.append("| near-duplicate clusters | ").append(s.clusters()).append(" holding ").append(s.documentsInClusters())
                .append(" documents; ").append(s.distinctDocuments()).append(" documents when each cluster keeps its representative |\n");
        if (s.datesWritten() != null) {
            md.append("| dates written in bodies | ").append(s.datesWritten().earliest()).append(" to ")
                    .append(s.datesWritten().latest()).append(" (").append(s.datesWritten().documents())
                    .append(" documents name one) |\n");
        }
        md.append("\n| portal | documents | body share of blocks | languages |\n|---|---|---|---|\n");
        for (Map.Entry<String, Long> e : s.pagesByPortal().entrySet()) {
            Double share = s.bodyShareByPortal().get(e.getKey());
            md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" | ")
                    .append(share == null ? "" : String.format("%.2f", share)).append(" | ")
                    .append(s.languagesByPortal().getOrDefault(e.getKey(), Map.of())).append(" |\n");
        }
        md.append("\nLanguages of all documents: ").append(s.languages()).append(".\n\n");
        md.append("## Near-duplicates\n\n");
        md.append("Bodies are compared by MinHash of 5-word shingles (the dateline left out) with LSH banding; pairs whose"
                        + " estimated Jaccard similarity is at least ").append(s.duplicateThreshold())
                .append(" join one cluster (connected components). `documents.dup_cluster` names the cluster by its"
                        + " representative's `doc_id`: the member with the earliest `date_written` (none last), then the"
                        + " smallest `doc_id`; a document in no cluster is its own and represents it. Keep"
                        + " `is_dup_representative` rows for one copy of each story. `duplicates/` lists members of clusters"
                        + " of two or more with their similarity to the representative (members join through any copy, so"
                        + " it can be under the threshold). Cluster sizes: ")
                .append(s.duplicateClusterSizes()).append(".\n\n");
        md.append("## Schemas\n\n");
        for (Map.Entry<String, List<String[]>> dataset : s.schemas().entrySet()) {
            md.append("`").append(dataset.getKey()).append("/`: ");
            List<String> columns = dataset.getValue().stream().map(c -> "`" + c[0] + "` " + c[1]).toList();
            md.append(String.join(", ", columns)).append(".\n\n");
        }
        md.append("`documents/` and `blocks/` are partitioned by `portal` (a folder level, `portal=...`). Nullable: "
                + "`dateline_place`, `dateline_outlet`, `date_written` (ISO `yyyy-mm-dd`, the first full date in the body),"
                + " `title`.\n\n");
        md.append("## Reading it\n\n");
        md.append("```sql\n-- DuckDB\nSELECT portal, language, count(*) FROM read_parquet('documents/**/*.parquet', hive_partitioning = true)\n"
                + "WHERE is_dup_representative GROUP BY ALL;\n```\n");
        md.append("```python\n# PySpark\ndocs = spark.read.parquet(\"documents\").where(\"is_dup_representative and language = 'id'\")\n"
                + "# pandas (with pyarrow)\nimport pandas as pd\ndocs = pd.read_parquet(\"documents\")\n"
                + "dups = pd.read_parquet(\"duplicates\")\n```\n\n");
        md.append("## Caveats\n\n");
        md.append("- Labels come from a model: blocks' `score` is its probability of body; misses are real (see the project's evaluation).\n");
        md.append("- `language` is a small character n-gram model of Indonesian, Malay, English, Javanese and Sundanese;"
                + " other languages are `other`, but a close relative (Tagalog) can pass for one of the five. Short bodies"
                + " have low `language_score`.\n");
        md.append("- Metadata is found by shape: a dateline is a place and/or a host-like outlet before a dash in the first"
                + " blocks; `date_written` is the first full date in the body, which is not always the publication date;"
                + " dates without a year are ignored.\n");
        md.append("- Near-duplicate clusters are computed over this whole snapshot; a later snapshot can rename a cluster"
                + " when a new member carries an earlier date. Similarities are MinHash estimates (about ±0.05).\n");
        md.append("- `stopword_share` counts the build's stoplist, learned from this corpus, so it compares documents"
                + " within a snapshot, not across corpora.\n");
        return md.toString();
    }
}
