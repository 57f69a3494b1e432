/**
 * Who may write what (权限): the roles of the officials who enter data at district, township and
 * village level (区、镇、村三级), of donors and of auditors, each scoped to its place, and the one rule
 * that answers "may this actor write to this village?", and who may appoint whom (任免).
 */
package org.sunshineledger.access;
