;; Run by test/unit/serverEmacs.test.ts in `emacs --batch` after test/lsp/eglot.el: opens JAZZ_SOLO_FILE, waits
;; for the server's diagnostics, asks for a hover at JAZZ_SOLO_HOVER ("line:column", 0-based), prints both.
(package-initialize)
(require 'eglot)
(find-file (getenv "JAZZ_SOLO_FILE"))
;; eglot-ensure waits for the end of the current command, which batch mode never has: start it as it would.
(unless (eglot-current-server) (apply #'eglot (eglot--guess-contact)))
(let ((deadline (+ (float-time) 30)))
  (while (and (< (float-time) deadline) (not (flymake-diagnostics)))
    (accept-process-output nil 0.2)))
(dolist (d (flymake-diagnostics))
  (princ (format "diagnostic: %d:%d: %s\n"
                 (1- (line-number-at-pos (flymake-diagnostic-beg d)))
                 (save-excursion (goto-char (flymake-diagnostic-beg d)) (current-column))
                 (flymake-diagnostic-text d))))
(let* ((place (split-string (getenv "JAZZ_SOLO_HOVER") ":"))
       (hover (progn (goto-char (point-min))
                     (forward-line (string-to-number (car place)))
                     (move-to-column (string-to-number (cadr place)))
                     (jsonrpc-request (eglot-current-server) :textDocument/hover (eglot--TextDocumentPositionParams)))))
  (princ (format "hover: %s\n" (plist-get (plist-get hover :contents) :value))))
(kill-emacs 0)
