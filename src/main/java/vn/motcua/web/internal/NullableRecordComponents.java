package vn.motcua.web.internal;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Marks as nullable, in the API description, each component of a JSON record that may be {@code null}: every
 * reference-typed component (a text, a date, a number object, a nested record, an enum) that validation does not
 * require ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}). Primitives are never null and lists are empty
 * rather than null. In OpenAPI 3.1 a nullable property is {@code type: [string, "null"]}, or {@code anyOf [$ref, null]}
 * for a nested record, so that a generated client accepts the {@code null} the server writes.
 */
@Component
class NullableRecordComponents implements ModelConverter {

    private static final List<Class<? extends Annotation>> REQUIRED = List.of(NotNull.class, NotBlank.class,
            NotEmpty.class);

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Class<?> raw = type.getType() == null ? null : Json.mapper().constructType(type.getType()).getRawClass();
        if (resolved == null || raw == null || !raw.isRecord()) {
            return resolved;
        }
        Schema model = resolved;
        if (resolved.get$ref() != null) {
            String ref = resolved.get$ref();
            model = context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (model == null || model.getProperties() == null) {
            return resolved;
        }
        Map<String, Schema> properties = model.getProperties();
        for (RecordComponent component : raw.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            if (property != null && mayBeNull(raw, component)) {
                properties.put(component.getName(), nullable(property));
            }
        }
        return resolved;
    }

    private static boolean mayBeNull(Class<?> record, RecordComponent component) {
        Class<?> type = component.getType();
        if (type.isPrimitive() || type.isArray() || Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type) || Optional.class.isAssignableFrom(type)) {
            return false;
        }
        List<AnnotatedElement> places = new java.util.ArrayList<>(List.of(component, component.getAccessor()));
        try {
            places.add(record.getDeclaredField(component.getName()));
        } catch (NoSuchFieldException e) {
            // a record always has the field; nothing more to look at otherwise
        }
        for (AnnotatedElement place : places) {
            for (Class<? extends Annotation> required : REQUIRED) {
                if (place.isAnnotationPresent(required)) {
                    return false;
                }
            }
        }
        for (var constructor : record.getDeclaredConstructors()) {
            if (constructor.getParameterCount() == record.getRecordComponents().length) {
                for (var parameter : constructor.getParameters()) {
                    if (parameter.getName().equals(component.getName())
                            && REQUIRED.stream().anyMatch(parameter::isAnnotationPresent)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            Schema none = new Schema<>(SpecVersion.V31);
            none.addType("null");
            return new Schema<>(SpecVersion.V31).anyOf(List.of(property, none)).description(property.getDescription());
        }
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            property.getEnum().add(null);
        }
        if (property.getTypes() != null && !property.getTypes().isEmpty()) {
            property.addType("null");
        } else if (property.getType() != null) {
            property.setTypes(new LinkedHashSet<>(List.of(property.getType(), "null")));
        }
        return property;
    }
}
