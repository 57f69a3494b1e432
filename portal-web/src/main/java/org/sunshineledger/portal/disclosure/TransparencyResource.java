package org.sunshineledger.portal.disclosure;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.Bodies;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.UnknownResourceException;

/**
 * The transparency log in public: the latest signed checkpoint, the inclusion proof of any
 * published version (with its canonical text, so anyone can hash it), and the consistency proof
 * between two sizes. Hashes are base64, as in the C2SP and RFC 9162 tooling.
 */
@Path("/api/v1/transparency")
@Produces(MediaType.APPLICATION_JSON)
public class TransparencyResource {
  @Inject TransparencyLog log;

  @PersistenceContext(unitName = "sunshine")
  EntityManager em;

  /**
   * The latest checkpoint, signed.
   *
   * @return origin, size, root, the signed note and the verifier key
   */
  @GET
  @Path("checkpoint")
  @Operation(summary = "日志检查点 — the latest signed checkpoint of the transparency log")
  @Answers(value = Bodies.CheckpointView.class, description = "签名检查点 — the signed checkpoint")
  public Response checkpoint() {
    TransparencyLog.SignedCheckpoint signed = log.checkpoint();
    return Response.ok(
            new Bodies.CheckpointView(
                signed.checkpoint().origin(),
                signed.checkpoint().size(),
                b64(signed.checkpoint().root()),
                signed.note(),
                signed.verifierKey()))
        .build();
  }

  /**
   * The inclusion proof of a published version.
   *
   * @param version the version's log index ({@code leafIndex} in a disclosure's versions)
   * @param size the tree size, default the latest checkpoint's
   * @return the proof, the leaf's canonical text and the checkpoint
   */
  @GET
  @Path("proof/inclusion")
  @Operation(summary = "包含证明 — proof that a published version is in the log")
  @Answers(value = Bodies.InclusionView.class, description = "包含证明 — the inclusion proof")
  public Response inclusion(
      @QueryParam("version") String version,
      @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
              description = "日志大小（条数），证明对此大小的树 — the log size the proof is for")
          @QueryParam("size")
          String size) {
    long index = Params.requiredLong("version", version, 0, Long.MAX_VALUE);
    Long treeSize = Params.optionalLong("size", size, 1, Long.MAX_VALUE);
    List<DisclosureVersionEntity> rows =
        em.createQuery(
                "SELECT v FROM DisclosureVersionEntity v WHERE v.leafIndex = :i",
                DisclosureVersionEntity.class)
            .setParameter("i", index)
            .getResultList();
    if (rows.isEmpty()) {
      throw new UnknownResourceException("logged version", index);
    }
    DisclosureVersionEntity row = rows.get(0);
    TransparencyLog.InclusionProof proof = log.inclusion(index, treeSize);
    return Response.ok(
            new Bodies.InclusionView(
                row.disclosureId(),
                row.number(),
                proof.leafIndex(),
                proof.treeSize(),
                b64(proof.leafHash()),
                proof.proof().stream().map(TransparencyResource::b64).toList(),
                b64(proof.root()),
                row.canonical(),
                proof.checkpoint().note(),
                proof.checkpoint().verifierKey()))
        .build();
  }

  /**
   * The consistency proof between two sizes of the log.
   *
   * @param from the older size, from 1
   * @param to the newer size, default the latest checkpoint's
   * @return the proof and both roots
   */
  @GET
  @Path("proof/consistency")
  @Operation(summary = "一致性证明 — proof that the log only grew between two sizes")
  @Answers(value = Bodies.ConsistencyView.class, description = "一致性证明 — the consistency proof")
  public Response consistency(
      @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
              description = "较早的日志大小 — the earlier log size")
          @QueryParam("from")
          String from,
      @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
              description = "较晚的日志大小 — the later log size")
          @QueryParam("to")
          String to) {
    TransparencyLog.ConsistencyProof proof =
        log.consistency(
            Params.requiredLong("from", from, 1, Long.MAX_VALUE),
            Params.optionalLong("to", to, 1, Long.MAX_VALUE));
    return Response.ok(
            new Bodies.ConsistencyView(
                proof.from(),
                proof.to(),
                b64(proof.fromRoot()),
                b64(proof.toRoot()),
                proof.proof().stream().map(TransparencyResource::b64).toList()))
        .build();
  }

  /**
   * Re-verifies every stored version against the log (district admin and auditor).
   *
   * @param security the caller
   * @return the audit
   */
  @GET
  @Path("audit")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "重新核验 — re-hash every stored version against the log and checkpoint")
  @Answers(value = Bodies.AuditView.class, description = "核验结果 — the audit")
  public Response audit(@Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    if (actor.role() != Role.DISTRICT_ADMIN && actor.role() != Role.AUDITOR) {
      throw new AccessDeniedException(actor.username() + " may not audit the transparency log");
    }
    TransparencyLog.Audit audit = log.audit();
    return Response.ok(
            new Bodies.AuditView(
                audit.intact(),
                audit.size(),
                audit.checkpointSize(),
                audit.rootMatchesCheckpoint(),
                audit.checked(),
                audit.altered()))
        .build();
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
