package org.peacerecord.user;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Accounts for sign-in come from app_user; a disabled account is loaded as disabled and cannot sign in. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    DatabaseUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = Usernames.normalize(username);
        if (!Usernames.isValid(name)) {
            // No account can have it (NUL and other control characters, 10 kB of text): not worth a query.
            throw new UsernameNotFoundException("unknown username");
        }
        AppUser user = users.findByUsername(name)
                .orElseThrow(() -> new UsernameNotFoundException("unknown username"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .authorities(List.of(new SimpleGrantedAuthority(user.getRole().authority())))
                .disabled(!user.isEnabled())
                .build();
    }
}
