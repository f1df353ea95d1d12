package news.bulletin.web;

import jakarta.servlet.DispatcherType;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open what, sign-in and sign-out, and the security headers every response carries.
 *
 * <p>Reading the site needs no session: a session starts only when somebody opens a form or signs
 * in, so anonymous pages set no cookie.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "object-src 'none'");

    private static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()";

    @Bean
    SecurityFilterChain siteSecurity(
            HttpSecurity http,
            UserDetailsService accounts,
            PersistentTokenRepository rememberedLogins,
            List<SignedInRefresh> refreshers)
            throws Exception {
        http.authorizeHttpRequests(
                        requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                                .permitAll()
                                .requestMatchers(
                                        "/newsroom/outbox/**",
                                        "/newsroom/people/**",
                                        "/newsroom/audit/**",
                                        "/newsroom/settings/**")
                                .hasRole("ADMIN")
                                .requestMatchers(
                                        "/newsroom/comments/**",
                                        "/newsroom/sections/**",
                                        "/newsroom/tags/**",
                                        "/newsroom/articles/*/corrections",
                                        "/newsroom/media/*/delete")
                                .hasRole("EDITOR")
                                .requestMatchers("/newsroom/**")
                                .hasRole("CONTRIBUTOR")
                                .requestMatchers("/account/verify", "/account/replies/stop")
                                .permitAll()
                                .requestMatchers("/comments/**")
                                .authenticated()
                                .requestMatchers("/account", "/account/**")
                                .authenticated()
                                .anyRequest()
                                .permitAll())
                // An error page rendered for a refused request is not a new form submission; checking
                // its token again would read a body that may be the reason for the refusal.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        request -> request.getDispatcherType() == DispatcherType.ERROR,
                        // The view beacon comes from anonymous readers, who have no session and
                        // so no token; it changes nothing but a counter and is capped per address.
                        request -> "/popularity/view".equals(request.getServletPath())))
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(new ReturnAwareSignIn())
                        .failureHandler(ReturnAwareSignIn::failed)
                        .permitAll())
                .rememberMe(remember -> remember.rememberMeParameter("remember")
                        .tokenRepository(rememberedLogins)
                        .userDetailsService(accounts)
                        .key(randomKey())
                        .tokenValiditySeconds((int) Duration.ofDays(30).toSeconds()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        http.addFilterBefore(new FreshSignIn(refreshers), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * No observation of each security filter: wrapping every one of them for tracing doubled what a
     * signed-in reader's cached page cost, and request metrics already time the whole request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Remembered logins live in the database, so they survive restarts and work on every node. */
    @Bean
    PersistentTokenRepository rememberedLogins(DataSource dataSource) {
        var repository = new JdbcTokenRepositoryImpl();
        repository.setDataSource(dataSource);
        return repository;
    }

    /**
     * The remember-me key only ties a node's own authentication tokens together; the persistent
     * tokens themselves are random and stored, so a fresh key per start loses nothing.
     */
    private static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_EDITOR
                ROLE_EDITOR > ROLE_AUTHOR
                ROLE_AUTHOR > ROLE_CONTRIBUTOR
                ROLE_CONTRIBUTOR > ROLE_READER
                """);
    }

    /**
     * Argon2 for new hashes: unlike BCrypt it takes passphrases of any length (BCrypt refuses more
     * than 72 bytes). BCrypt hashes, as other tools write them, still verify.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                ARGON2,
                Map.of(
                        ARGON2,
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }
}
