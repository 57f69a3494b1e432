package org.sunshineledger.portal.apidocs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * What makes the document one a standard client generator takes: a relative server, one tag per
 * room (a generated client gets one class per tag), and an operation id per operation.
 */
final class DocumentRooms {
  /** The tag of each room whose resources the document describes: one per context. */
  static final Map<String, String> TAGS = tags();

  private DocumentRooms() {}

  private static Map<String, String> tags() {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("fund", "资金链：资金、分配、项目、资产、收益分配、流向 — the fund chain");
    tags.put("registry", "建档立卡：农户、收入、保障、脱贫、返贫、危房 — the household registry");
    tags.put("board", "爱心众筹：需求、捐赠、认捐、撮合 — the charity board");
    tags.put("disclosure", "信息公开：公示、异议、透明日志、订阅 — disclosure and its log");
    tags.put("search", "项目检索 — project search");
    tags.put("place", "镇街与村（居） — townships and villages");
    tags.put("village", "村务公开：一村一页、找村 — a village's page and the village finder");
    tags.put("imports", "表格导入导出：模板、试导入、导入进度、导出 — spreadsheets in and out");
    tags.put("supervision", "监督：问题线索、整改台账、监督公开 — supervision and its rectification ledger");
    tags.put("account", "账号与会话 — accounts and sessions");
    return Collections.unmodifiableMap(tags);
  }

  /** The document's server, relative to where it is served, and its tags. */
  static void describe(OpenAPI openAPI) {
    openAPI.setServers(
        List.of(
            OASFactory.createServer()
                .url("/")
                .description("本门户所在主机 — the host that serves this document")));
    openAPI.setTags(
        TAGS.entrySet().stream()
            .map(t -> OASFactory.createTag().name(t.getKey()).description(t.getValue()))
            .toList());
  }

  /** The room of a resource: the last segment of its package, which is its operations' tag. */
  static String roomOf(Class<?> resource) {
    String name = resource.getPackageName();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /**
   * Gives an operation id that two rooms share (board and registry both have "stats") each
   * operation's room in front, so that a generated client has a method per operation.
   */
  static void uniqueOperationIds(OpenAPI openAPI) {
    Map<String, List<Operation>> byId = new LinkedHashMap<>();
    openAPI
        .getPaths()
        .getPathItems()
        .values()
        .forEach(
            item ->
                item.getOperations().values().stream()
                    .filter(o -> o.getOperationId() != null && o.getTags() != null)
                    .forEach(
                        o ->
                            byId.computeIfAbsent(o.getOperationId(), id -> new ArrayList<>())
                                .add(o)));
    byId.forEach(
        (id, operations) -> {
          if (operations.size() > 1) {
            operations.forEach(
                o ->
                    o.setOperationId(
                        o.getTags().get(0)
                            + Character.toUpperCase(id.charAt(0))
                            + id.substring(1)));
          }
        });
  }
}
