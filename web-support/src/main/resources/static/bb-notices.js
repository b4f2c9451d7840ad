/*
 * Bostadsbryggan: fills the unread badge of the header's notices link. Same origin, no
 * libraries; the link works without it. The badge stays hidden at 0 and on any error.
 */
(function () {
	'use strict';
	function fill() {
		var link = document.querySelector('.notices-link[data-unread-url]');
		var badge = link && link.querySelector('.notice-count');
		if (!badge || !window.fetch) {
			return;
		}
		fetch(link.getAttribute('data-unread-url'), {
			credentials: 'same-origin',
			headers: { 'Accept': 'application/json' }
		}).then(function (response) {
			return response.ok ? response.json() : null;
		}).then(function (body) {
			var unread = body && typeof body.unread === 'number' ? body.unread : 0;
			if (unread > 0) {
				var label = badge.getAttribute('data-label') || '';
				var hiddenText = document.createElement('span');
				hiddenText.className = 'visually-hidden';
				hiddenText.textContent = ' ' + label;
				badge.textContent = String(unread);
				badge.appendChild(hiddenText);
				badge.setAttribute('title', unread + ' ' + label);
				badge.hidden = false;
			}
		}).catch(function () {
			badge.hidden = true;
		});
	}
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', fill);
	}
	else {
		fill();
	}
})();
