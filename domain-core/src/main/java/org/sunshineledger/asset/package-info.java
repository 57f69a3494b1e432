/**
 * Assets formed by projects and who holds them (扶贫资产与确权, §5, §12, §17): ownership by one village
 * collective, by several in shares, or by a household; the five rights kept apart — ownership 所有权,
 * operation 经营权, income 收益权, benefit 受益权 and supervision 监督权; and the asset ledger (资产登记管理台账),
 * appended to and never rewritten.
 */
package org.sunshineledger.asset;
