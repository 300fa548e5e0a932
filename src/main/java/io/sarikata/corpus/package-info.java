/**
 * What researchers ask of a corpus besides its body text, computed in plain Java (no Spark) on a page's blocks
 * or body: quality signals, body hashes and MinHash signatures for near-duplicates, language, the metadata the
 * dumps carry (dateline, dates written in the text, title), and the dataset card and HTML report of a snapshot.
 */
package io.sarikata.corpus;
