package org.peacerecord.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin: {@code app.admin.username} / {@code app.admin.password}, usually given as the
 * environment variables APP_ADMIN_USERNAME / APP_ADMIN_PASSWORD. There is no default password.
 */
@ConfigurationProperties("app.admin")
record AdminProperties(@DefaultValue("admin") String username, String password) {

    AdminProperties {
        // An empty APP_ADMIN_USERNAME (e.g. "APP_ADMIN_USERNAME=" in a compose file) means the default.
        username = username == null || username.isBlank() ? "admin" : username;
    }

    @Override
    public String toString() {
        return "AdminProperties[username=" + username + ", password=" + (password == null ? "unset" : "[hidden]") + "]";
    }
}
