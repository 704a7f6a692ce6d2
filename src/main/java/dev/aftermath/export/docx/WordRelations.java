package dev.aftermath.export.docx;

/**
 * What the document body refers to outside its own text. Links and pictures live in the package's relationship
 * part; the body only names them by relationship id, so the same body text serves a package written by hand and
 * one that POI keeps for a user's template.
 */
interface WordRelations {

    /** The relationship id of an external link to {@code url}. */
    String hyperlink(String url);

    /** The relationship id of a PNG picture stored in the package. */
    String image(byte[] png);
}
