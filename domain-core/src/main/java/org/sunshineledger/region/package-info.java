/**
 * Places (区划): the district (区) that owns the programme, its townships (镇 / 街道) that receive fund
 * blocks (§15), and its villages and communities (村 / 居) that own the assets (§12), with the
 * designations of the policy — key villages (重点村, §2), the nine key-support villages (市定重点扶持村, §4)
 * and the focus townships (脱贫任务比较重的镇, §4) to which funds tilt.
 *
 * <p>{@link org.sunshineledger.region.Yicheng#district()} gives 峄城区 as published in the 2023
 * statistical division codes, plus the 2018 policy's 石灰窑埠村.
 */
package org.sunshineledger.region;
