package duizhao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

class EditionSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void publishedEditionJsonIsValidAgainstThePublishedSchema() {
    Schema schema = schema(JSON.readTree(BuiltEdition.bytes("edition.schema.json")));

    assertEquals(List.of(), messages(schema.validate(JSON.readTree(BuiltEdition.bytes("edition.json")))));
  }

  /** The published schema lets objects grow; closed here, it proves that every field edition.json has is described. */
  @Test
  void schemaDescribesEveryFieldOfEditionJson() {
    JsonNode closed = JSON.readTree(BuiltEdition.bytes("edition.schema.json"));
    close(closed);

    Schema schema = schema(closed);
    ObjectNode edition = (ObjectNode) JSON.readTree(BuiltEdition.bytes("edition.json"));

    assertEquals(List.of(), messages(schema.validate(edition)));
    ((ObjectNode) edition.get("paragraphs").get(2)).put("undescribed", true);
    assertEquals(1, schema.validate(edition).size(), "a field the schema does not describe is caught");
  }

  @Test
  void schemaRejectsAnotherFormatVersionAndAMissingSentenceId() {
    Schema schema = schema(JSON.readTree(BuiltEdition.bytes("edition.schema.json")));
    ObjectNode edition = (ObjectNode) JSON.readTree(BuiltEdition.bytes("edition.json"));
    edition.put("formatVersion", 2);
    ((ObjectNode) edition.get("paragraphs").get(0).get("sentences").get(0)).remove("id");

    List<String> errors = messages(schema.validate(edition));
    assertFalse(errors.stream().noneMatch(m -> m.contains("formatVersion")), errors.toString());
    assertFalse(errors.stream().noneMatch(m -> m.contains("sentences/0") && m.contains("id")), errors.toString());
  }

  private static Schema schema(JsonNode node) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
  }

  /** Adds additionalProperties: false to every object schema that lists its properties. */
  private static void close(JsonNode node) {
    if (node instanceof ObjectNode object && object.has("properties")) {
      object.put("additionalProperties", false);
    }
    node.forEach(EditionSchemaTest::close);
  }

  private static List<String> messages(List<Error> errors) {
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }
}
