import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = Symbol('IS_PUBLIC');

/** Lets a route answer without authentication: sign-in and health only. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
