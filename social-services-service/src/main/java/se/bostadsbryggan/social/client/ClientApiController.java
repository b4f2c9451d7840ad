package se.bostadsbryggan.social.client;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clients as a JSON API, within the caller's scope.
 */
@RestController
@RequestMapping("/api/social/clients")
class ClientApiController {

	private final ClientService clients;

	ClientApiController(ClientService clients) {
		this.clients = clients;
	}

	@GetMapping
	List<ClientResponse> list(@RequestParam(required = false) String q) {
		return this.clients.list(q).stream().map(ClientResponse::of).toList();
	}

	@GetMapping("/{id}")
	ClientResponse get(@PathVariable UUID id) {
		return ClientResponse.of(this.clients.get(id));
	}

	@PostMapping
	ResponseEntity<ClientResponse> register(@Valid @RequestBody RegisterClient command) {
		ClientView client = this.clients.register(command);
		return ResponseEntity.created(URI.create("/api/social/clients/" + client.id())).body(ClientResponse.of(client));
	}

}
