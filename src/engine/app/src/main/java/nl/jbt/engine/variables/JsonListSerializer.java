package nl.jbt.engine.variables;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.operaton.bpm.engine.impl.variable.serializer.AbstractObjectValueSerializer;

/**
 * Lists of ids and enums as JSON, the only kind of structured variable the models use (the children
 * heard separately, what a referral misses). Operaton's JSON support (Spin) is not on Maven Central
 * at 1.0.3, and Java serialization is off by design, so this small serializer takes the data format
 * "application/json" for java.util.ArrayList of strings, numbers and booleans, and nothing else: a
 * variable can never make the engine instantiate another class.
 */
public class JsonListSerializer extends AbstractObjectValueSerializer {
  public static final String FORMAT = "application/json";
  public static final String TYPE_NAME = ArrayList.class.getName();
  private static final ObjectMapper JSON = new ObjectMapper();

  public JsonListSerializer() {
    super(FORMAT);
  }

  @Override
  public String getName() {
    return "jbt-json-list";
  }

  @Override
  protected String getTypeNameForDeserialized(Object deserializedObject) {
    return TYPE_NAME;
  }

  @Override
  protected byte[] serializeToByteArray(Object deserializedObject) throws Exception {
    return JSON.writeValueAsBytes(checked((List<?>) deserializedObject));
  }

  @Override
  protected Object deserializeFromByteArray(byte[] object, String objectTypeName) throws Exception {
    if (!TYPE_NAME.equals(objectTypeName)) {
      throw new IllegalArgumentException("Only " + TYPE_NAME + " may be stored as " + FORMAT + ", not " + objectTypeName);
    }
    return checked(JSON.readValue(object, ArrayList.class));
  }

  @Override
  protected boolean isSerializationTextBased() {
    return true;
  }

  @Override
  protected boolean canSerializeValue(Object value) {
    return value instanceof List;
  }

  private static <T extends List<?>> T checked(T list) {
    for (Object element : list) {
      if (!(element instanceof String || element instanceof Number || element instanceof Boolean)) {
        throw new IllegalArgumentException("A list variable holds strings, numbers and booleans only");
      }
    }
    return list;
  }
}
