;; Emacs with Eglot: jazz-solo's ABC language server for *.abc files (the README's snippet; `jazz-solo` on PATH).
(define-derived-mode abc-mode text-mode "ABC")  ; unless an abc-mode package is installed
(add-to-list 'auto-mode-alist '("\\.abc\\'" . abc-mode))
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(abc-mode . ("jazz-solo" "lsp" "--stdio"))))
(add-hook 'abc-mode-hook #'eglot-ensure)
