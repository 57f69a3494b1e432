/**
 * Supervision (监督, §3, §17, §21): problem leads found by named rules over the ledger — money idle
 * (资金滞留), assets not handed over, operating assets with no operator under contract or no income,
 * income distributed late (收益分配不及时), payees who are not poor or not of the asset's villages, a
 * household paid twice, a registry member or payee on another department's reference list (大数据比对),
 * notices not published by their due date, charity pledges delivered and not received, verified
 * needs unmet past their deadline — and the rectification ledger (问题整改台账) that moves each lead from
 * 待核实 through 属实 or 不属实 to 整改中 and 已整改销号, its history never edited. A rule's finding is a lead to
 * verify, never a verdict ("不落一个真穷的，不帮一个不穷的").
 */
package org.sunshineledger.supervision;
