/**
 * The part of h5wasm's API that jazz-solo uses, declared here: the project resolves modules the classic way,
 * which does not read the package's "exports" map where 'h5wasm/node' is declared, and the package's own
 * declarations sit beside its TypeScript sources, which would then be type-checked with this project's rules.
 * Same names and signatures as h5wasm 0.10's src/hdf5_hl.d.ts.
 */
declare module 'h5wasm/node' {
  type TypedArray =
    Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;
  type OutputData = TypedArray | string | number | bigint | boolean | OutputData[];
  type JSONCompatibleOutputData = string | number | boolean | JSONCompatibleOutputData[];
  type GuessableDataTypes = TypedArray | number | number[] | string | string[];

  export const ready: Promise<unknown>;

  export class Attribute {
    get json_value(): JSONCompatibleOutputData | null;
    get value(): OutputData | null;
    shape: number[] | null;
  }

  class HasAttrs {
    get attrs(): Record<string, Attribute>;
    create_attribute(name: string, data: GuessableDataTypes, shape?: number[] | null, dtype?: string | null): void;
  }

  export class Dataset extends HasAttrs {
    get shape(): number[] | null;
    get value(): OutputData | null;
  }

  export class Group extends HasAttrs {
    keys(): string[];
    get(name: string): Group | Dataset | null | object;
    create_group(name: string): Group;
    create_dataset(args: {
      name: string;
      data: GuessableDataTypes;
      shape?: number[] | null;
      dtype?: string | null;
    }): Dataset;
  }

  export class File extends Group {
    constructor(filename: string, mode?: 'r' | 'a' | 'w' | 'x');
    close(): unknown;
  }
}
