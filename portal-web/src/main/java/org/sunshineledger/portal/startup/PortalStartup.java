package org.sunshineledger.portal.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.sunshineledger.portal.board.BoardJobs;
import org.sunshineledger.portal.database.DatabaseMigrator;
import org.sunshineledger.portal.demo.BoardDemo;
import org.sunshineledger.portal.demo.DisclosureDemo;
import org.sunshineledger.portal.demo.SupervisionDemo;
import org.sunshineledger.portal.disclosure.TransparencyLog;
import org.sunshineledger.portal.search.ProjectSearchService;
import org.sunshineledger.portal.supervision.SupervisionJobs;

/** At start: migrate the schema, seed what an empty database lacks, open the search index. */
@ApplicationScoped
public class PortalStartup {
  @Inject DatabaseMigrator migrator;
  @Inject DataSeeder seeder;
  @Inject ProjectSearchService search;
  @Inject BoardJobs boardJobs;
  @Inject BoardDemo boardDemo;
  @Inject DisclosureDemo disclosureDemo;
  @Inject SupervisionDemo supervisionDemo;
  @Inject TransparencyLog transparencyLog;
  @Inject SupervisionJobs supervisionJobs;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    migrator.migrate();
    if (seeder.seed()) {
      // after the seed's transaction: the board's services run their own
      boardDemo.load(org.sunshineledger.region.Yicheng.district());
      disclosureDemo.load(org.sunshineledger.region.Yicheng.district());
      supervisionDemo.load(org.sunshineledger.region.Yicheng.district());
    }
    transparencyLog.start();
    search.start();
    boardJobs.start();
    supervisionJobs.start();
  }
}
