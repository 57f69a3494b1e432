/**
 * Sunshine Ledger's domain library (阳光账本领域库): the rules of the 峄城区 three-year campaign against
 * poverty, with no dependency beyond the JDK.
 */
module org.sunshineledger.domain {
  exports org.sunshineledger.kernel;
  exports org.sunshineledger.money;
  exports org.sunshineledger.region;
  exports org.sunshineledger.access;
  exports org.sunshineledger.registry;
  exports org.sunshineledger.fund;
  exports org.sunshineledger.project;
  exports org.sunshineledger.asset;
  exports org.sunshineledger.income;
  exports org.sunshineledger.trace;
  exports org.sunshineledger.disclosure;
  exports org.sunshineledger.charity;
  exports org.sunshineledger.supervision;
}
