package org.sunshineledger.portal.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the generated OpenAPI document with what every endpoint shares, so that no resource can
 * forget it: the problem+json schema and the errors each operation can answer (400 for a malformed
 * request, 404 where a path names a resource, 422 for a broken rule, 401 and 403 where an account
 * is needed, 409 where a concurrent change can lose, 500), and the meaning of the common parameters
 * in Chinese and English.
 */
public class OpenApiDocument implements OASFilter {
  private static final String PROBLEM = "application/problem+json";

  private static final Map<String, String> PARAMETERS =
      Map.ofEntries(
          Map.entry("page", "页码，从1开始 — page number, from 1"),
          Map.entry("size", "每页条数，1至200（检索1至100） — page size, 1 to 200 (search: 1 to 100)"),
          Map.entry("format", "导出格式 json、csv 或 xlsx — export format: json, csv or xlsx"),
          Map.entry("township", "镇街编号 — township id (see /api/v1/regions)"),
          Map.entry("village", "村（居）编号 — village id (see /api/v1/regions)"),
          Map.entry("year", "年度 — year"),
          Map.entry("status", "状态 — status"),
          Map.entry("kind", "公开事项类别 — kind of disclosure"),
          Map.entry("level", "公开层级 DISTRICT、TOWNSHIP、VILLAGE — publishing level"),
          Map.entry("from", "起始日期（含），yyyy-MM-dd — first day, inclusive"),
          Map.entry("to", "截止日期（含），yyyy-MM-dd — last day, inclusive"),
          Map.entry("q", "检索文本，任意连续字符 — text; any run of characters"),
          Map.entry("cursor", "下一页游标 — the next page's cursor from the previous page"),
          Map.entry("sort", "排序 relevance、amount、date — sort order"),
          Map.entry("minAmount", "最低金额（元） — lowest amount, yuan"),
          Map.entry("maxAmount", "最高金额（元） — highest amount, yuan"),
          Map.entry("category", "需求类别 — need category"),
          Map.entry("source", "资金来源 — fund source"),
          Map.entry("type", "项目类型 — project type"),
          Map.entry("version", "版本的日志序号 leafIndex — the version's log index"),
          Map.entry("id", "编号 — id"),
          Map.entry("If-Match", "上次读取的版本号，防止覆盖他人修改 — the version last read"));

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema("Problem", problemSchema());
    if (openAPI.getPaths() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().getOperations().entrySet()) {
        complete(path.getKey(), operation.getKey(), operation.getValue());
      }
    }
  }

  private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
    if (operation.getParameters() != null) {
      for (Parameter parameter : operation.getParameters()) {
        String meaning = PARAMETERS.get(parameter.getName());
        if (meaning != null && parameter.getDescription() == null) {
          parameter.setDescription(meaning);
        }
      }
    }
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    error(operation, "400", "请求格式有误，指明字段 — malformed request, naming the field");
    error(operation, "422", "违反业务规则，给出规则代码与数值 — a rule broken, with its code and figures");
    error(operation, "500", "服务器内部错误，仅给出事件编号 — server error, with an incident number only");
    if (path.contains("{")) {
      error(operation, "404", "资源不存在 — no such resource");
    }
    List<?> security = operation.getSecurity();
    if (security != null && !security.isEmpty()) {
      error(operation, "401", "需要登录 — an account is needed");
      error(operation, "403", "超出权限范围 — outside the caller's scope");
    }
    if (method != PathItem.HttpMethod.GET) {
      error(operation, "409", "并发修改冲突，请重新读取 — changed by someone else first; reload");
    }
    if (path.endsWith("/objections")) {
      error(operation, "429", "请求过于频繁 — too many requests; see Retry-After");
    }
  }

  private static void error(Operation operation, String status, String description) {
    if (operation.getResponses().getAPIResponse(status) != null) {
      return;
    }
    APIResponse response =
        OASFactory.createAPIResponse()
            .description(description)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        PROBLEM,
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("Problem"))));
    operation.getResponses().addAPIResponse(status, response);
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details 错误详情")
        .addProperty("type", text("问题类型 URI — problem type"))
        .addProperty("title", text("标题 — title"))
        .addProperty(
            "status",
            OASFactory.createSchema().type(Schema.SchemaType.INTEGER).description("HTTP 状态码"))
        .addProperty("detail", text("说明，给出相关数值 — what went wrong, with the figures"))
        .addProperty("rule", text("违反的业务规则代码 — the broken rule's code, for 422"))
        .addProperty("field", text("出错的字段或参数 — the field or parameter at fault"))
        .addProperty(
            "figures",
            OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("规则涉及的数值 — the figures of the rule")
                .additionalPropertiesBoolean(Boolean.TRUE))
        .addRequired("title")
        .addRequired("status");
  }

  private static Schema text(String description) {
    return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
  }
}
