global using Liandong.Bankruptcy.Assets.Contracts;
