// The edtf package ships no type declarations; this is the part the tests use.
declare module "edtf" {
  interface ExtendedDate {
    type: string;
    min: number;
    max: number;
  }
  export default function edtf(value: string): ExtendedDate;
}
