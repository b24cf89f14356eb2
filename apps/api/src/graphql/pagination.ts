import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Max, Min, MaxLength } from 'class-validator';
import { MAX_PAGE_SIZE, type Page } from '@makers/projections';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` to read the next page.' })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

/** Cursor pagination arguments shared by every list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 50;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string;
}

/** A page of `node` items with the cursor to the next page and the total that matches the filter. */
export const Connection = <Node>(node: Type<Node>) => {
  @ObjectType({ isAbstract: true })
  class ConnectionType {
    @Field(() => [node])
    nodes!: Node[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
};

/** What the read models' list functions return, as a connection. */
export const toConnection = <Node>(page: Page<Node>) => ({
  nodes: page.nodes,
  pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
  totalCount: page.totalCount,
});
