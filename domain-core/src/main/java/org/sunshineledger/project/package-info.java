/**
 * Projects (扶贫项目, §5, §6, §11): their types and scopes, the benefit links to poor households, the
 * lifecycle from reserve to post-evaluation (项目储备 → 前期论证评审 → 遴选立项 → 组织实施 → 竣工验收 → 资产移交 → 建后管护 →
 * 后期评估问效) with who, when and which document at each step, and the funding lines that tie a project
 * to township blocks: disbursed never exceeds allocated.
 */
package org.sunshineledger.project;
