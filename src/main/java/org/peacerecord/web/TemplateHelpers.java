package org.peacerecord.web;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import java.util.Map;
import java.util.Set;

/**
 * The Thymeleaf dialect that gives templates the {@link TemplateHelper} beans as expression objects
 * ({@code #fmt}, {@code #urls}, …): the same singleton for every template, found once, when first asked for. Boot
 * adds every dialect bean to its template engine.
 */
@Component
class TemplateHelpers extends AbstractDialect implements IExpressionObjectDialect {

    private final ApplicationContext context;
    private volatile Map<String, Object> helpers;

    TemplateHelpers(ApplicationContext context) {
        super("peace-record-template-helpers");
        this.context = context;
    }

    private Map<String, Object> helpers() {
        Map<String, Object> found = helpers;
        if (found == null) {
            found = Map.copyOf(context.getBeansWithAnnotation(TemplateHelper.class));
            helpers = found;
        }
        return found;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return helpers().keySet();
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return helpers().get(name);
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
