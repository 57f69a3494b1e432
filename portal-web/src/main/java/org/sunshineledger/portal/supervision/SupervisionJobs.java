package org.sunshineledger.portal.supervision;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sunshineledger.portal.shared.DistrictClock;

/**
 * The nightly pass of the supervision rules over everything, at 02:00 in the district, and one pass
 * shortly after start, so that a portal started in the day shows today's leads.
 */
@ApplicationScoped
public class SupervisionJobs {
  private static final Logger LOG = Logger.getLogger(SupervisionJobs.class.getName());

  @Inject SupervisionService service;

  @Resource private ManagedScheduledExecutorService scheduler;

  /** Starts the schedule. */
  public void start() {
    scheduler.schedule(this::pass, 20, TimeUnit.SECONDS);
    ZonedDateTime now = ZonedDateTime.now(DistrictClock.ZONE);
    ZonedDateTime next = now.toLocalDate().plusDays(1).atTime(2, 0).atZone(DistrictClock.ZONE);
    scheduler.scheduleAtFixedRate(
        this::pass,
        Duration.between(now, next).toSeconds(),
        TimeUnit.DAYS.toSeconds(1),
        TimeUnit.SECONDS);
  }

  private void pass() {
    try {
      service.pass(LocalDate.now(DistrictClock.ZONE), Instant.now());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the supervision pass failed; the next one tries again", e);
    }
  }
}
