"""Old addresses of pages: what is remembered (models, recording), how a request for one is
answered (middleware, paths), and the admin where Publishers change them."""
