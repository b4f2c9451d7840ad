package se.bostadsbryggan.gateway.admin;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.bostadsbryggan.gateway.account.Organisation;
import se.bostadsbryggan.gateway.account.Role;

/**
 * The form that creates an account.
 *
 * @param username the login name: lower-case letters, digits, dot, dash, underscore
 * @param displayName the name shown in pages
 * @param organisation the user's organisation
 * @param roles the user's roles
 * @param unit the organisational unit, e.g. Vuxenenheten (optional)
 * @param password the initial password (checked by the password policy)
 */
record NewUserForm(@NotBlank @Pattern(regexp = "[a-z0-9._-]{2,64}") String username,
		@NotBlank @Size(max = 200) String displayName, @NotNull Organisation organisation, @NotEmpty Set<Role> roles,
		@Size(max = 200) String unit, @NotBlank String password) {

	static NewUserForm empty() {
		return new NewUserForm("", "", null, Set.of(), "", "");
	}

}
