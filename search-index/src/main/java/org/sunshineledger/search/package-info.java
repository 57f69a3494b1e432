/**
 * Project search (项目检索): a Lucene projection of the ledger's projects. Its public API speaks the
 * domain; no Lucene type appears in a public signature.
 */
package org.sunshineledger.search;
