package dev.aftermath.workspace;

import dev.aftermath.importing.ImportResult;

/**
 * One source as its importer read it.
 *
 * @param name the source's name, as warnings and provenance give it
 * @param format the id of the importer that read it: the one asked for, or the one detection chose
 */
public record ReadSource(String name, String format, ImportResult result) {
}
