package org.peacerecord.database;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * A check of the settings that stops start-up, before any bean is created or any connection tried, with a message
 * that says what to change. Subclasses are components that name the problem, or null when there is none.
 */
public abstract class StartCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String problem = problem(environment);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    /** What is wrong with these settings, as an operator should read it; null when nothing is. */
    protected abstract String problem(Environment environment);
}
