/**
 * The household registry (建档立卡): poor households (贫困户) and their members, their status over the
 * campaign and the monitoring that keeps them from falling back (§2, §3, §4, §10).
 */
package org.sunshineledger.registry;
