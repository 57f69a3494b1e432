package org.sunshineledger.portal.disclosure;

import java.time.LocalDate;
import org.sunshineledger.disclosure.DisclosureLevel;
import org.sunshineledger.disclosure.PublishableEvent;

/**
 * An event the rules say must be published, fired (as a CDI event, inside the transaction that
 * records it) by the service that records it; {@link DisclosureService} turns it into an obligation
 * with its due date. The subject names what is published, so that several events of one notice (a
 * village's exits of a year) make one obligation, due from the first.
 *
 * @param subject the obligation's key
 * @param event the event
 * @param level who publishes
 * @param township the township, for township and village level
 * @param village the village, for village level
 * @param title what the notice will be about
 * @param on the day of the event
 */
public record Publishable(
    String subject,
    PublishableEvent event,
    DisclosureLevel level,
    Long township,
    Long village,
    String title,
    LocalDate on) {

  /**
   * A fund allocated to townships: the district publishes the result.
   *
   * @param allocation the allocation
   * @param fundName the fund's name
   * @param on the day of the decision
   * @return the event
   */
  public static Publishable allocation(long allocation, String fundName, LocalDate on) {
    return new Publishable(
        "allocation:" + allocation,
        PublishableEvent.ALLOCATION_DECIDED,
        DisclosureLevel.DISTRICT,
        null,
        null,
        fundName + "分配结果公示",
        on);
  }

  /**
   * A project approved: its leading township publishes the plan.
   *
   * @param project the project
   * @param township its leading township
   * @param title the project's year and name
   * @param on the day
   * @return the event
   */
  public static Publishable projectPlan(long project, long township, String title, LocalDate on) {
    return new Publishable(
        "project-plan:" + project,
        PublishableEvent.PROJECT_PLAN_APPROVED,
        DisclosureLevel.TOWNSHIP,
        township,
        null,
        title + "项目计划公示",
        on);
  }

  /**
   * A project accepted as complete: its leading township publishes completion and fund use.
   *
   * @param project the project
   * @param township its leading township
   * @param name the project's name
   * @param on the day
   * @return the event
   */
  public static Publishable projectCompletion(
      long project, long township, String name, LocalDate on) {
    return new Publishable(
        "project-completion:" + project,
        PublishableEvent.PROJECT_COMPLETED,
        DisclosureLevel.TOWNSHIP,
        township,
        null,
        name + "竣工验收及资金使用情况公示",
        on);
  }

  /**
   * An asset's income distributed: the owning village publishes the list (the district when no
   * village owns it).
   *
   * @param distribution the distribution
   * @param township the owning village's township, or null
   * @param village the owning village, or null
   * @param title the asset and period
   * @param on the day of the decision
   * @return the event
   */
  public static Publishable distribution(
      long distribution, Long township, Long village, String title, LocalDate on) {
    return new Publishable(
        "distribution:" + distribution,
        PublishableEvent.INCOME_DISTRIBUTED,
        village == null ? DisclosureLevel.DISTRICT : DisclosureLevel.VILLAGE,
        village == null ? null : township,
        village,
        title + "收益分配名单公示",
        on);
  }

  /**
   * A household lifted out: its village publishes the year's exit list.
   *
   * @param township the village's township
   * @param village the village
   * @param villageName its name
   * @param year the year of exit
   * @param on the day
   * @return the event
   */
  public static Publishable exit(
      long township, long village, String villageName, int year, LocalDate on) {
    return new Publishable(
        "exit:" + year + ":" + village,
        PublishableEvent.HOUSEHOLD_EXITED,
        DisclosureLevel.VILLAGE,
        township,
        village,
        year + "年" + villageName + "贫困户脱贫退出名单公示",
        on);
  }

  /**
   * An unsafe house's renovation accepted: the township publishes the year's list.
   *
   * @param township the township
   * @param townshipName its name
   * @param year the year of acceptance
   * @param on the day
   * @return the event
   */
  public static Publishable unsafeHouse(
      long township, String townshipName, int year, LocalDate on) {
    return new Publishable(
        "unsafe-house:" + year + ":" + township,
        PublishableEvent.UNSAFE_HOUSE_RENOVATED,
        DisclosureLevel.TOWNSHIP,
        township,
        null,
        year + "年" + townshipName + "危房改造名单公示",
        on);
  }

  /**
   * The beneficiaries of an asset decided: its owner publishes the list.
   *
   * @param asset the asset
   * @param township the owning village's township, or null
   * @param village the owning village, or null
   * @param assetName the asset's name
   * @param on the day of the decision
   * @return the event
   */
  public static Publishable beneficiaries(
      long asset, Long township, Long village, String assetName, LocalDate on) {
    return new Publishable(
        "beneficiaries:asset:" + asset,
        PublishableEvent.BENEFICIARIES_DECIDED,
        village == null ? DisclosureLevel.DISTRICT : DisclosureLevel.VILLAGE,
        village == null ? null : township,
        village,
        assetName + "受益对象名单公示",
        on);
  }
}
