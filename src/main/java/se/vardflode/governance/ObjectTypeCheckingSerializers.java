package se.vardflode.governance;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializerFactory;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The engine's variable serializers, refusing to store an Object variable of a type that {@link AllowedObjectTypes}
 * does not allow. The engine picks a serializer here for every variable it writes (REST, Java API, delegates, form
 * submissions), so nothing stores such a value to be deserialized later; reading one that is already stored is
 * refused by the engine's own deserialization type validation.
 */
class ObjectTypeCheckingSerializers implements VariableSerializers {

	private final VariableSerializers serializers;
	private final AllowedObjectTypes allowed;

	ObjectTypeCheckingSerializers(VariableSerializers serializers, AllowedObjectTypes allowed) {
		this.serializers = serializers;
		this.allowed = allowed;
	}

	@Override
	@SuppressWarnings("rawtypes")
	public TypedValueSerializer findSerializerForValue(TypedValue value, VariableSerializerFactory fallBackSerializerFactory) {
		return checked(value, serializers.findSerializerForValue(value, fallBackSerializerFactory));
	}

	@Override
	@SuppressWarnings("rawtypes")
	public TypedValueSerializer findSerializerForValue(TypedValue value) {
		return checked(value, serializers.findSerializerForValue(value));
	}

	@SuppressWarnings("rawtypes")
	private TypedValueSerializer checked(TypedValue value, TypedValueSerializer serializer) {
		// a transient value is never stored (the engine keeps a business rule task's decision result so, for its mapping)
		if (!value.isTransient() && ValueType.OBJECT.equals(serializer.getType())) {
			String typeName = typeName(value);
			List<String> refused = typeName == null ? List.of() : allowed.refusedIn(typeName);
			if (!refused.isEmpty()) {
				throw new BadUserRequestException("En variabel av typen " + typeName + " får inte lagras: " + String.join(", ", refused)
						+ " finns inte bland de typer Vårdflöde tillåter (" + String.join(", ", AllowedObjectTypes.CLASSES.stream().sorted().toList())
						+ ").");
			}
		}
		return serializer;
	}

	private static String typeName(TypedValue value) {
		if (value instanceof ObjectValue object && object.getObjectTypeName() != null) {
			return object.getObjectTypeName();
		}
		if (value instanceof ObjectValue object && !object.isDeserialized()) {
			return null;
		}
		return value.getValue() == null ? null : value.getValue().getClass().getName();
	}

	@Override
	public TypedValueSerializer<?> getSerializerByName(String serializerName) {
		return serializers.getSerializerByName(serializerName);
	}

	@Override
	public VariableSerializers addSerializer(TypedValueSerializer<?> serializer) {
		serializers.addSerializer(serializer);
		return this;
	}

	@Override
	public VariableSerializers addSerializer(TypedValueSerializer<?> serializer, int index) {
		serializers.addSerializer(serializer, index);
		return this;
	}

	@Override
	public VariableSerializers removeSerializer(TypedValueSerializer<?> serializer) {
		serializers.removeSerializer(serializer);
		return this;
	}

	@Override
	public int getSerializerIndex(TypedValueSerializer<?> serializer) {
		return serializers.getSerializerIndex(serializer);
	}

	@Override
	public int getSerializerIndexByName(String serializerName) {
		return serializers.getSerializerIndexByName(serializerName);
	}

	@Override
	public VariableSerializers join(VariableSerializers other) {
		return new ObjectTypeCheckingSerializers(serializers.join(other), allowed);
	}

	@Override
	public List<TypedValueSerializer<?>> getSerializers() {
		return serializers.getSerializers();
	}

}
