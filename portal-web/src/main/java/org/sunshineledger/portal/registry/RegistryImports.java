package org.sunshineledger.portal.registry;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.UnknownResourceException;

/**
 * Bulk imports of registry lists: a dry run that reports every row's errors before anything is
 * written, and an import that checks the same way, then stores the whole list in the background,
 * all or nothing, with its progress readable while it runs.
 */
@ApplicationScoped
public class RegistryImports {
  private static final Logger LOG = Logger.getLogger(RegistryImports.class.getName());

  @Inject RegistryImportWriter writer;
  @Inject RegionService regions;

  @Resource private ManagedExecutorService executor;

  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  /** Where an import stands. */
  public enum State {
    /** Checking the rows. */
    CHECKING,
    /** A dry run, checked: nothing is stored, whatever the report says. */
    CHECKED,
    /** Storing the households. */
    STORING,
    /** Stored completely. */
    DONE,
    /** Refused: rows with errors, nothing stored. */
    REFUSED,
    /** Failed while storing: nothing stored. */
    FAILED
  }

  /**
   * An import's progress.
   *
   * @param id its id
   * @param owner the account that started it
   * @param state where it stands
   * @param rowsRead data rows checked
   * @param households households in the file
   * @param stored households stored so far
   * @param report the check's report (without the parsed households)
   */
  public record Job(
      String id,
      String owner,
      State state,
      int rowsRead,
      int households,
      int stored,
      RegistryImport.Report report) {}

  /**
   * Checks a list without writing anything.
   *
   * @param actor who
   * @param file the file's bytes
   * @param format CSV or XLSX
   * @return the report
   */
  public RegistryImport.Report dryRun(Actor actor, byte[] file, RegistryImport.Format format) {
    requireOfficial(actor);
    return check(actor, new ByteArrayInputStream(file), format, rows -> {});
  }

  /**
   * A dry run kept as a job, so that a page can show its report at an address.
   *
   * @param actor who
   * @param file the file's bytes
   * @param format CSV or XLSX
   * @return the job, CHECKED
   */
  public Job dryRunJob(Actor actor, byte[] file, RegistryImport.Format format) {
    RegistryImport.Report report = dryRun(actor, file, format);
    String id = UUID.randomUUID().toString();
    Job job =
        new Job(
            id,
            actor.username(),
            State.CHECKED,
            report.rows(),
            report.households(),
            0,
            new RegistryImport.Report(
                report.rows(),
                report.households(),
                report.errorCount(),
                report.errors(),
                List.of()));
    jobs.put(id, job);
    return job;
  }

  private RegistryImport.Report check(
      Actor actor,
      InputStream in,
      RegistryImport.Format format,
      java.util.function.Consumer<Integer> progress) {
    return RegistryImport.read(
        in, format, regions.places().district(), actor, writer.existingCodes(), progress);
  }

  /**
   * Starts an import: the list is checked now; when it is clean it is stored in the background.
   *
   * @param actor who
   * @param source the file's name
   * @param file the file's bytes
   * @param format CSV or XLSX
   * @return the job; REFUSED with the report when a row has an error
   */
  public Job start(Actor actor, String source, byte[] file, RegistryImport.Format format) {
    requireOfficial(actor);
    String id = UUID.randomUUID().toString();
    jobs.put(id, new Job(id, actor.username(), State.CHECKING, 0, 0, 0, null));
    RegistryImport.Report report =
        check(
            actor,
            new ByteArrayInputStream(file),
            format,
            rows -> update(id, State.CHECKING, rows, 0, 0, null));
    RegistryImport.Report summary =
        new RegistryImport.Report(
            report.rows(), report.households(), report.errorCount(), report.errors(), List.of());
    if (!report.clean()) {
      return update(id, State.REFUSED, report.rows(), report.households(), 0, summary);
    }
    update(id, State.STORING, report.rows(), report.households(), 0, summary);
    executor.submit(
        () -> {
          try {
            writer.write(
                actor,
                source,
                report.parsed(),
                stored ->
                    update(id, State.STORING, report.rows(), report.households(), stored, summary));
            update(
                id, State.DONE, report.rows(), report.households(), report.households(), summary);
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "import " + id + " failed; nothing was stored", e);
            update(id, State.FAILED, report.rows(), report.households(), 0, summary);
          }
        });
    return jobs.get(id);
  }

  /**
   * The jobs an official started that still need them: being checked or stored, or refused or
   * failed (to correct and send again), with the page that shows each.
   *
   * @param actor the official
   * @return the jobs
   */
  public List<Job> unsettledOf(Actor actor) {
    return jobs.values().stream()
        .filter(j -> j.owner().equals(actor.username()))
        .filter(j -> j.state() != State.DONE && j.state() != State.CHECKED)
        .sorted(java.util.Comparator.comparing(Job::id))
        .toList();
  }

  /**
   * An import's progress, for the account that started it (or the district admin).
   *
   * @param actor who asks
   * @param id the job
   * @return the job
   */
  public Job job(Actor actor, String id) {
    Job job = jobs.get(id);
    if (job == null) {
      throw new UnknownResourceException("import", id);
    }
    if (!job.owner().equals(actor.username()) && actor.role() != Role.DISTRICT_ADMIN) {
      throw new AccessDeniedException(actor.username() + " may not read import " + id);
    }
    return job;
  }

  private Job update(
      String id, State state, int rows, int households, int stored, RegistryImport.Report report) {
    return jobs.compute(
        id, (k, old) -> new Job(id, old.owner(), state, rows, households, stored, report));
  }

  private static void requireOfficial(Actor actor) {
    if (actor.role() == Role.DONOR || actor.role() == Role.AUDITOR) {
      throw new AccessDeniedException(actor.username() + " may not import registry lists");
    }
  }
}
