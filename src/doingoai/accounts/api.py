from __future__ import annotations

from typing import Any

from fastapi import APIRouter, status

from doingoai.accounts import services
from doingoai.accounts.schemas import LoginRequest, TokenCreate, TokenIssued, UserCreate, UserPublic, UserUpdate
from doingoai.core.deps import ActorDep, SessionDep

router = APIRouter(prefix="/api", tags=["accounts"])


@router.post("/auth/token", response_model=TokenIssued, status_code=status.HTTP_201_CREATED,
             summary="Exchange a username and password for an API token")
def issue_token(data: LoginRequest, session: SessionDep) -> Any:
    from doingoai.accounts.security import Actor

    user = services.authenticate(session, data.username, data.password)
    token, row = services.create_token(session, Actor.of(user), user, data.token_name, data.days)
    session.commit()
    return {"token": token, "id": row.id, "name": row.name, "expires_at": row.expires_at, "user": user}


@router.get("/me", response_model=UserPublic, summary="The signed-in user")
def me(session: SessionDep, actor: ActorDep) -> Any:
    return services.get_user(session, actor, actor.user_id)  # type: ignore[arg-type]


@router.post("/me/tokens", response_model=TokenIssued, status_code=status.HTTP_201_CREATED)
def new_token(data: TokenCreate, session: SessionDep, actor: ActorDep) -> Any:
    user = services.get_user(session, actor, actor.user_id)  # type: ignore[arg-type]
    token, row = services.create_token(session, actor, user, data.name, data.days)
    session.commit()
    return {"token": token, "id": row.id, "name": row.name, "expires_at": row.expires_at, "user": user}


@router.delete("/me/tokens/{token_id}", status_code=status.HTTP_204_NO_CONTENT)
def revoke(token_id: int, session: SessionDep, actor: ActorDep) -> None:
    services.revoke_token(session, actor, token_id)
    session.commit()


@router.get("/users", response_model=list[UserPublic])
def list_users(session: SessionDep, actor: ActorDep) -> Any:
    return services.list_users(session, actor)


@router.post("/users", response_model=UserPublic, status_code=status.HTTP_201_CREATED)
def create_user(data: UserCreate, session: SessionDep, actor: ActorDep) -> Any:
    user = services.create_user(session, actor, data)
    session.commit()
    return user


@router.patch("/users/{user_id}", response_model=UserPublic)
def update_user(user_id: int, data: UserUpdate, session: SessionDep, actor: ActorDep) -> Any:
    user = services.update_user(session, actor, user_id, data)
    session.commit()
    return user
