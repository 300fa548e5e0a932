package io.sarikata.features;

/**
 * How often blocks and block shapes recur across the pages of a portal. A block on most of a portal's
 * pages is template, not article: the idea behind CCNet's line de-duplication.
 */
public interface CorpusStats {

    /** Pages of the portal in the corpus. */
    int portalPages(String portal);

    /** Pages containing the key ({@link StatKeys}); at least 1, the page that asks. */
    int keyPages(long key);

    /** Pages of the portal containing a block with this normal form ({@link BlockText#normalize}). */
    default int textPages(String portal, String normalizedText) {
        return keyPages(StatKeys.textKey(portal, normalizedText));
    }

    /** Pages of the portal containing a block of this shape ({@link BlockText#shapes}). */
    default int shapePages(String portal, String shape) {
        return keyPages(StatKeys.shapeKey(portal, shape));
    }

    /**
     * The statistics as the page from {@code source} sees them. Counted on every page, they are the same for
     * all; counted on a {@link PageSample}, a page outside the sample sees the sample plus itself.
     */
    default CorpusStats forPage(String source) {
        return this;
    }

    /** No corpus at all: every portal looks like one page, so frequency features stay silent. */
    CorpusStats NONE = new CorpusStats() {
        @Override
        public int portalPages(String portal) {
            return 1;
        }

        @Override
        public int keyPages(long key) {
            return 1;
        }
    };
}
