package news.bulletin.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every query on people, against a real database: {@link SqlitePeopleStoreTests} and
 * {@link PostgresPeopleStoreTests} run the same cases. Each case starts from a database without an
 * administrator, because only {@link #createsTheOwnerOnceAndSignsInByEmailInAnyCase} makes one.
 */
@SpringBootTest(properties = "bulletin.sample-content=false")
abstract class PeopleStoreContract {
    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService signIn;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void createsTheOwnerOnceAndSignsInByEmailInAnyCase() {
        assertThat(people.hasAdministrator()).isFalse();
        String passphrase = "ünïcödé passphrases longer than seventy-two bytes are welcome here, all of it";

        accounts.createOwner("Olu Adeyemi", "Olu@Example.com", passphrase);

        assertThat(people.hasAdministrator()).isTrue();
        var account = signIn.loadUserByUsername("OLU@example.com");
        assertThat(account.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(account.getPassword()).startsWith("{argon2@SpringSecurity_v5_8}");
        assertThat(passwords.matches(passphrase, account.getPassword())).isTrue();
        assertThat(passwords.matches(passphrase.substring(0, 72), account.getPassword()))
                .isFalse();
        assertThatThrownBy(() -> accounts.createOwner("Second", "second@example.com", "another passphrase"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void staffProfilesGetUniqueSlugsAndCannotSignIn() {
        Person first = accounts.addStaffProfile("Ada Brandt", "Writes.", Role.AUTHOR);
        Person second = accounts.addStaffProfile("Ada Brandt", "Also writes.", Role.EDITOR);

        assertThat(first.slug()).isEqualTo("ada-brandt");
        assertThat(second.slug()).isEqualTo("ada-brandt-2");
        assertThat(people.findBySlug("ada-brandt-2")).contains(second);
        assertThat(people.findAll(List.of(first.id(), second.id()))).containsExactlyInAnyOrder(first, second);
        assertThat(people.findAll(List.of())).isEmpty();
        assertThatThrownBy(() -> signIn.loadUserByUsername("ada-brandt")).isInstanceOf(UsernameNotFoundException.class);
    }
}
