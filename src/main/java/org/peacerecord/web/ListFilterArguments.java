package org.peacerecord.web;

import jakarta.validation.Valid;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds the lists' filters ({@link ListFilter} records) from the query string the way Spring's constructor binding of
 * a model attribute does — each parameter converted by the request's data binder, unconvertible values as
 * {@code typeMismatch} field errors, then {@code @Valid} validation, errors thrown as
 * {@link MethodArgumentNotValidException} (400); values from the query string, else the path's variables (never from
 * headers, which no page's cache key holds) — but with each record's constructor described once. Spring's binding
 * describes the constructor's parameters anew on every request, and Java re-reads a constructor's parameter
 * annotations (the filters' OpenAPI descriptions and constraints) each time it is asked: that was a twelfth of the CPU
 * time of a trainings list page.
 */
@Configuration(proxyBeanMethods = false)
class ListFilterArguments implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new Resolver());
    }

    static final class Resolver implements HandlerMethodArgumentResolver {

        private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            Class<?> type = parameter.getParameterType();
            return type.isRecord() && ListFilter.class.isAssignableFrom(type);
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                      NativeWebRequest request, WebDataBinderFactory binderFactory) throws Exception {
            Shape shape = shapes.computeIfAbsent(parameter.getParameterType(), Shape::of);
            String name = ModelFactory.getNameForParameter(parameter);
            WebDataBinder converter = binderFactory.createBinder(request, null, name,
                    ResolvableType.forMethodParameter(parameter));
            @SuppressWarnings("unchecked")
            Map<String, String> found = (Map<String, String>) request.getAttribute(
                    HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            Map<String, String> pathVariables = found != null ? found : Map.of();
            Object[] args = new Object[shape.names.length];
            TypeMismatchException[] mismatches = new TypeMismatchException[args.length];
            for (int i = 0; i < args.length; i++) {
                String[] values = request.getParameterValues(shape.names[i]);
                Object value = values == null ? pathVariables.get(shape.names[i])
                        : values.length == 1 ? values[0] : values;
                if (value != null) {
                    try {
                        args[i] = converter.convertIfNecessary(value, shape.types[i], shape.parameters[i]);
                    } catch (TypeMismatchException mismatch) {
                        mismatch.initPropertyName(shape.names[i]);
                        mismatches[i] = mismatch;
                    }
                }
            }
            Object filter = BeanUtils.instantiateClass(shape.constructor, args);
            WebDataBinder binder = binderFactory.createBinder(request, filter, name);
            BindingResult result = binder.getBindingResult();
            for (TypeMismatchException mismatch : mismatches) {
                if (mismatch != null) {
                    result.recordFieldValue(mismatch.getPropertyName(), mismatch.getRequiredType(), mismatch.getValue());
                    binder.getBindingErrorProcessor().processPropertyAccessException(mismatch, result);
                }
            }
            if (parameter.hasParameterAnnotation(Valid.class) || parameter.hasParameterAnnotation(Validated.class)) {
                binder.validate();
            }
            if (result.hasErrors()) {
                throw new MethodArgumentNotValidException(parameter, result);
            }
            if (container != null) {
                container.addAttribute(name, filter);
                container.addAllAttributes(result.getModel());
            }
            return filter;
        }
    }

    /** A filter record's constructor with its parameters' names, types and descriptions, read once. */
    private record Shape(Constructor<?> constructor, String[] names, Class<?>[] types, MethodParameter[] parameters) {

        static Shape of(Class<?> record) {
            RecordComponent[] components = record.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> constructor;
            try {
                constructor = record.getDeclaredConstructor(types);
            } catch (NoSuchMethodException impossible) {
                throw new IllegalStateException("A record without its canonical constructor: " + record, impossible);
            }
            String[] names = Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new);
            MethodParameter[] parameters = new MethodParameter[names.length];
            for (int i = 0; i < names.length; i++) {
                parameters[i] = MethodParameter.forFieldAwareConstructor(constructor, i, names[i]);
                parameters[i].getParameterAnnotations(); // read now, once
            }
            return new Shape(constructor, names, types, parameters);
        }
    }
}
