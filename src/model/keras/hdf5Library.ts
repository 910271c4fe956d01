/**
 * h5wasm (the HDF5 C library compiled to WebAssembly, 5.6 MB with its wasm inlined), bundled on its own as
 * dist/hdf5.js: the CLI and the extension require it only when a Keras file is read or written, so its
 * megabytes are not parsed when they start.
 */
export * from 'h5wasm/node';
