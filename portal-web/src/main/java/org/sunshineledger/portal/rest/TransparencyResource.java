package org.sunshineledger.portal.rest;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.portal.application.AccessDeniedException;
import org.sunshineledger.portal.application.TransparencyLog;
import org.sunshineledger.portal.application.UnknownResourceException;
import org.sunshineledger.portal.persistence.DisclosureVersionEntity;

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
  public Response checkpoint() {
    TransparencyLog.SignedCheckpoint signed = log.checkpoint();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("origin", signed.checkpoint().origin());
    body.put("size", signed.checkpoint().size());
    body.put("root", b64(signed.checkpoint().root()));
    body.put("note", signed.note());
    body.put("verifierKey", signed.verifierKey());
    return Response.ok(body).build();
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
  public Response inclusion(
      @QueryParam("version") String version, @QueryParam("size") String size) {
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
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("disclosure", row.disclosureId());
    body.put("number", row.number());
    body.put("leafIndex", proof.leafIndex());
    body.put("treeSize", proof.treeSize());
    body.put("leafHash", b64(proof.leafHash()));
    body.put("proof", proof.proof().stream().map(TransparencyResource::b64).toList());
    body.put("root", b64(proof.root()));
    body.put("canonical", row.canonical());
    body.put("checkpoint", proof.checkpoint().note());
    body.put("verifierKey", proof.checkpoint().verifierKey());
    return Response.ok(body).build();
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
  public Response consistency(@QueryParam("from") String from, @QueryParam("to") String to) {
    TransparencyLog.ConsistencyProof proof =
        log.consistency(
            Params.requiredLong("from", from, 1, Long.MAX_VALUE),
            Params.optionalLong("to", to, 1, Long.MAX_VALUE));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("from", proof.from());
    body.put("to", proof.to());
    body.put("fromRoot", b64(proof.fromRoot()));
    body.put("toRoot", b64(proof.toRoot()));
    body.put("proof", proof.proof().stream().map(TransparencyResource::b64).toList());
    return Response.ok(body).build();
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
  public Response audit(@Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    if (actor.role() != Role.DISTRICT_ADMIN && actor.role() != Role.AUDITOR) {
      throw new AccessDeniedException(actor.username() + " may not audit the transparency log");
    }
    TransparencyLog.Audit audit = log.audit();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("intact", audit.intact());
    body.put("size", audit.size());
    body.put("checkpointSize", audit.checkpointSize());
    body.put("rootMatchesCheckpoint", audit.rootMatchesCheckpoint());
    body.put("checked", audit.checked());
    body.put("altered", audit.altered());
    return Response.ok(body).build();
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
