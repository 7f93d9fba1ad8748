export declare const designDocId: string;
export declare function designDocument(): {
  _id: string;
  language: 'javascript';
  validate_doc_update: string;
};
