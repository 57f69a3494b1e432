package org.sunshineledger.portal.fund;

/**
 * A project was created or changed; observed after the transaction commits, to keep the search
 * index in step with the database.
 *
 * @param project the project's id
 */
public record ProjectChanged(long project) {}
