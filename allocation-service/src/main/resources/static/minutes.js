/*
 * Bostadsbryggan: the printable minutes' "Skriv ut" button. Same origin, no libraries
 * (the pages' CSP forbids inline scripts); without JavaScript the browser's own print
 * command works as well.
 */
(function () {
	'use strict';
	document.addEventListener('DOMContentLoaded', function () {
		var button = document.querySelector('[data-print]');
		if (!button || !window.print) {
			return;
		}
		button.hidden = false;
		button.addEventListener('click', function () {
			window.print();
		});
	});
}());
