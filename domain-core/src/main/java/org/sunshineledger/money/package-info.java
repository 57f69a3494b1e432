/**
 * Money (资金): amounts in a currency at its minor unit — for the campaign, CNY to the fen (分) — and
 * the exact split of an amount by weights, so that every allocation and distribution of DOMAIN §3
 * adds up to the whole, to the fen.
 */
package org.sunshineledger.money;
