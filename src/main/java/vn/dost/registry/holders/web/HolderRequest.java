package vn.dost.registry.holders.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.dost.registry.holders.HolderKind;

/** A holder as a client sends it. */
record HolderRequest(@NotBlank @Size(max = 200) String name, @NotNull HolderKind kind,
		@Size(max = 1000) String address, @Size(max = 100) String province,
		@Pattern(regexp = "\\d{10}(-\\d{3})?") String taxCode, @Size(max = 200) String representative,
		@Pattern(regexp = "[0-9 +().-]{6,25}") String phone,
		@Size(max = 254) @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String email) {
}
