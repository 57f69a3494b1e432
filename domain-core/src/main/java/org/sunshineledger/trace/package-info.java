/**
 * Following the money (资金追溯): for any fen paid to a household or kept in a collective fund, the
 * chain back through its asset and project to the township block and the fund source it came from;
 * for any fund, the chain forward; and a year's flows from sources to townships, projects and
 * assets, which reconcile to the fen.
 */
package org.sunshineledger.trace;
